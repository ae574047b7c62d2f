BRIEFINGS_SEARCH_WORDS("bom",{
"bombardements":"l,w,61",
"bombardment":"7j",
"bombings":"4n,2q"
});
