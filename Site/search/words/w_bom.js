BRIEFINGS_SEARCH_WORDS("bom",{
"bombardements":"l,w,6n",
"bombardment":"85",
"bombings":"59,2q"
});
