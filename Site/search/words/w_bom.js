BRIEFINGS_SEARCH_WORDS("bom",{
"bombardements":"l,w,36,36;4n",
"bombardment":"7u",
"bombings":"4r,2x;4r"
});
