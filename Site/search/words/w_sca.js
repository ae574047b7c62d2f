BRIEFINGS_SEARCH_WORDS("sca",{
"scale":"5n,1t;5n"
});
