BRIEFINGS_SEARCH_WORDS("bom",{
"bombardements":"l,w,37,38;4o",
"bombardment":"7x",
"bombings":"4s,2z;4s"
});
