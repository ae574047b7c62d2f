BRIEFINGS_SEARCH_WORDS("ful",{
"full":"5d,1c,l,4;5d,1c"
});
