BRIEFINGS_SEARCH_WORDS("sca",{
"scale":"5k,1u;5k"
});
