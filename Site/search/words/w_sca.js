BRIEFINGS_SEARCH_WORDS("sca",{
"scale":"5s,1y;5s"
});
