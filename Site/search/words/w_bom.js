BRIEFINGS_SEARCH_WORDS("bom",{
"bombardements":"l,w,30,32;4h",
"bombardment":"7k",
"bombings":"4l,2t;4l"
});
