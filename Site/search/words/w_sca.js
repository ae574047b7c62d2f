BRIEFINGS_SEARCH_WORDS("sca",{
"scale":"5o,1q;5o"
});
