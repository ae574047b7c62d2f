BRIEFINGS_SEARCH_WORDS("bom",{
"bombardements":"l,w,37,36;4o",
"bombardment":"7v",
"bombings":"4s,2x;4s"
});
