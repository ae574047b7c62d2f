BRIEFINGS_SEARCH_WORDS("use",{
"use":"74,1;74",
"used":"75"
});
