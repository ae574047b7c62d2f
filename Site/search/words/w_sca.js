BRIEFINGS_SEARCH_WORDS("sca",{
"scale":"5r,1x;5r"
});
