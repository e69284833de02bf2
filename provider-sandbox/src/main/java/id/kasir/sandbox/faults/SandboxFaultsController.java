package id.kasir.sandbox.faults;

import id.kasir.sandbox.web.SandboxControl;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Switches faults over HTTP: {@code POST /sandbox/_faults} with a {@link FaultRule}, {@code DELETE} to clear. */
@RestController
@SandboxControl
@RequestMapping("${kasir.sandbox.path:/sandbox}/_faults")
public class SandboxFaultsController {

    private final SandboxFaults faults;

    public SandboxFaultsController(SandboxFaults faults) {
        this.faults = faults;
    }

    @GetMapping
    public List<FaultRule> list() {
        return faults.rules();
    }

    @PostMapping
    public ResponseEntity<FaultRule> add(@RequestBody FaultRule rule) {
        faults.add(rule);
        return ResponseEntity.status(201).body(rule);
    }

    @DeleteMapping
    public ResponseEntity<Void> clear() {
        faults.clear();
        return ResponseEntity.noContent().build();
    }
}
