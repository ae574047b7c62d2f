BRIEFINGS_SEARCH_WORDS("bom",{
"bombardements":"l,w,32,2z;4j",
"bombardment":"7j",
"bombings":"4n,2q"
});
