BRIEFINGS_SEARCH_WORDS("sca",{
"scale":"5n,1q;5n"
});
