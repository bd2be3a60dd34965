package content

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"runtime"
	"sort"
	"sync"
)

// Limits on what a track may hold. Tracks are shared between agencies, so a
// track is untrusted input: these keep a hostile or broken one from eating
// memory or time. The shipped track is about 0.2 MB.
const (
	MaxFileSize  = 1 << 20 // bytes in one file
	MaxTotalSize = 8 << 20 // bytes in all files of a track
	MaxFiles     = 64      // YAML files in a track folder
)

// Limits bounds what Load reads.
type Limits struct {
	File  int64 // bytes in one file
	Total int   // bytes in all files
	Files int   // YAML files in the folder
}

// DefaultLimits are the documented limits every track is held to.
var DefaultLimits = Limits{File: MaxFileSize, Total: MaxTotalSize, Files: MaxFiles}

// Load reads every *.yaml (or *.yml) file at the top of fsys, decodes it
// strictly, and validates the whole track, within DefaultLimits. On failure
// the error is a *Problems listing everything found, each with file and line.
func Load(fsys fs.FS) (*Library, error) { return LoadWithLimits(fsys, DefaultLimits) }

// LoadWithLimits is Load with other limits (benchmarks of very large tracks).
func LoadWithLimits(fsys fs.FS, lim Limits) (*Library, error) {
	problems := &Problems{}
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		problems.add(Problem{Msg: "cannot read the track folder: " + describeFSError(err), Hint: "give a folder of .yaml files"})
		return nil, problems
	}
	var files []string
	for _, e := range entries {
		ext := path.Ext(e.Name())
		if e.IsDir() || (ext != ".yaml" && ext != ".yml") {
			continue
		}
		files = append(files, e.Name())
	}
	sort.Strings(files)
	if len(files) == 0 {
		problems.add(Problem{Msg: "no .yaml files in the track folder", Hint: "a track is a folder of YAML files such as track.yaml and roles.yaml"})
		return nil, problems
	}
	if len(files) > lim.Files {
		problems.add(Problem{Msg: fmt.Sprintf("%d YAML files in the track folder", len(files)), Hint: fmt.Sprintf("at most %d", lim.Files)})
		return nil, problems
	}

	// Read every file first (sizes are checked against the limits), then
	// decode them in parallel: YAML parsing is most of the cost of a load.
	datas := make([][]byte, len(files))
	total := 0
	for i, name := range files {
		data, err := readLimited(fsys, name, lim.File)
		if err != nil {
			problems.add(Problem{File: name, Msg: err.Error(), Hint: fmt.Sprintf("files may be at most %d KiB", lim.File>>10)})
			continue
		}
		total += len(data)
		if total > lim.Total {
			problems.add(Problem{File: name, Msg: "the track's files add up to more than the limit", Hint: fmt.Sprintf("a track may be at most %d MiB in all", lim.Total>>20)})
			return nil, problems
		}
		datas[i] = data
	}
	decoded := make([]*Document, len(files))
	perFile := make([]*Problems, len(files))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i := range files {
		if datas[i] == nil {
			continue
		}
		wg.Add(1)
		sem <- struct{}{}
		go func(i int) {
			defer func() { <-sem; wg.Done() }()
			perFile[i] = &Problems{}
			decoded[i] = decodeFile(files[i], datas[i], perFile[i])
		}(i)
	}
	wg.Wait()
	docs := make([]*Document, 0, len(files))
	for i := range files {
		if perFile[i] != nil {
			problems.list = append(problems.list, perFile[i].list...)
		}
		if decoded[i] != nil {
			docs = append(docs, decoded[i])
		}
	}
	lib := merge(docs, problems)
	if problems.Len() == 0 {
		validate(lib, problems)
	}
	if problems.Len() > 0 {
		return nil, problems
	}
	lib.Files = files
	return lib, nil
}

var errTooBig = errors.New("file is too large")

func readLimited(fsys fs.FS, name string, limit int64) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, errors.New("cannot open: " + describeFSError(err))
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Size() > limit {
		return nil, fmt.Errorf("%w (%d KiB)", errTooBig, st.Size()>>10)
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, errors.New("cannot read: " + describeFSError(err))
	}
	if int64(len(data)) > limit {
		return nil, errTooBig
	}
	return data, nil
}

func describeFSError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// section remembers where a section was first defined, to report a second
// definition in another file.
type section struct {
	file string
	line int
}

// merge puts the sections of every file into one Library. A section may be
// defined in one file only.
func merge(docs []*Document, problems *Problems) *Library {
	lib := &Library{}
	where := map[string]section{}
	claim := func(d *Document, key string) bool {
		line := d.KeyLine(key)
		if prev, ok := where[key]; ok {
			problems.add(Problem{File: d.File, Line: line, Key: key,
				Msg:  fmt.Sprintf("section %q is already defined in %s:%d", key, prev.file, prev.line),
				Hint: "define each section in one file only"})
			return false
		}
		where[key] = section{d.File, line}
		return true
	}
	for _, d := range docs {
		if d.Track != nil && claim(d, "track") {
			lib.Track = *d.Track
		}
		if d.Roles != nil && claim(d, "roles") {
			lib.Roles = d.Roles
		}
		if d.Steps != nil && claim(d, "steps") {
			lib.Steps = d.Steps
		}
		if d.SkillCategories != nil && claim(d, "skill_categories") {
			lib.SkillCategories = d.SkillCategories
		}
		if d.Skills != nil && claim(d, "skills") {
			lib.Skills = d.Skills
		}
		if d.Salary != nil && claim(d, "salary") {
			lib.Salary = d.Salary
		}
		if d.FAQ != nil && claim(d, "faq") {
			lib.FAQ = d.FAQ
		}
		if d.Specializations != nil && claim(d, "specializations") {
			lib.Specializations = d.Specializations
		}
		if d.Responsibilities != nil && claim(d, "responsibilities") {
			lib.Responsibilities = d.Responsibilities
		}
		if d.CardCategories != nil && claim(d, "card_categories") {
			lib.CardCategories = d.CardCategories
		}
		if d.WordClasses != nil && claim(d, "word_classes") {
			lib.WordClasses = d.WordClasses
		}
		if d.RedFlagFamilies != nil && claim(d, "red_flag_families") {
			lib.RedFlagFamilies = d.RedFlagFamilies
		}
		if d.Cards != nil && claim(d, "cards") {
			lib.Cards = d.Cards
		}
		if d.Guide != nil && claim(d, "guide") {
			lib.Guide = d.Guide
		}
		if d.Perspective != nil && claim(d, "perspective") {
			lib.Perspective = d.Perspective
		}
		if d.Questionnaire != nil && claim(d, "questionnaire") {
			lib.Questionnaire = d.Questionnaire
		}
		if d.Requirements != nil && claim(d, "requirements") {
			lib.Requirements = d.Requirements
		}
		if d.Glossary != nil && claim(d, "glossary") {
			lib.Glossary = d.Glossary
		}
		if d.Facts != nil && claim(d, "facts") {
			lib.Facts = d.Facts
		}
		if d.Rungs != nil && claim(d, "rungs") {
			lib.Rungs = d.Rungs
		}
		if d.Pay != nil && claim(d, "pay") {
			lib.Pay = d.Pay
		}
	}
	if problems.Len() > 0 {
		return lib // a file failed; "missing section" would only add noise
	}
	if _, ok := where["track"]; !ok && len(docs) > 0 {
		problems.add(Problem{Key: "track", Msg: "no file defines the `track:` section",
			Hint: "add a track.yaml with `track:` and its id, name, summary and goal"})
	}
	if _, ok := where["roles"]; !ok && len(docs) > 0 {
		problems.add(Problem{Key: "roles", Msg: "no file defines the `roles:` section",
			Hint: "add a roles.yaml with the rungs of the ladder"})
	}
	return lib
}
