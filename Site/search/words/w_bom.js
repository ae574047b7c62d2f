BRIEFINGS_SEARCH_WORDS("bom",{
"bombardements":"l,w,37,37;4o",
"bombardment":"7w",
"bombings":"4s,2y;4s"
});
