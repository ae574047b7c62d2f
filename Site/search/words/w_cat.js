BRIEFINGS_SEARCH_WORDS("cat",{
"catastrophe":"58,2k,c;58",
"catastrophique":"6d,1l"
});
