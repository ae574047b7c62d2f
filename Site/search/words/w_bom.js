BRIEFINGS_SEARCH_WORDS("bom",{
"bombardements":"l,w,32,32;4j",
"bombardment":"7m",
"bombings":"4n,2t"
});
