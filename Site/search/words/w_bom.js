BRIEFINGS_SEARCH_WORDS("bom",{
"bombardements":"l,w,33,2z;4k",
"bombardment":"7k",
"bombings":"4o,2q"
});
