package io.storeops.demo;

import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Placeholder product photos for the demo store, drawn as SVG so the demo needs no image files or network. */
@RestController
class DemoImageController {

    private static final String[] COLORS = {"#5b8ff9", "#5ad8a6", "#f6bd16", "#e8684a", "#6dc8ec", "#9270ca", "#ff9d4d"
    };

    @GetMapping(value = "/demo-images/{spu:[A-Z0-9-]{3,40}}/{name:[a-z0-9]{1,10}}.svg", produces = "image/svg+xml")
    ResponseEntity<String> image(@PathVariable String spu, @PathVariable String name) {
        String color = COLORS[Math.floorMod((spu + name).hashCode(), COLORS.length)];
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" width="800" height="800" viewBox="0 0 800 800">
                  <rect width="800" height="800" fill="%s"/>
                  <circle cx="400" cy="340" r="170" fill="#ffffff" fill-opacity="0.35"/>
                  <text x="400" y="620" font-family="sans-serif" font-size="56" fill="#ffffff" text-anchor="middle">%s</text>
                  <text x="400" y="690" font-family="sans-serif" font-size="36" fill="#ffffff" text-anchor="middle">%s</text>
                </svg>""".formatted(color, spu, name);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(1, TimeUnit.DAYS))
                .body(svg);
    }
}
