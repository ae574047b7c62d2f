BRIEFINGS_SEARCH_WORDS("sca",{
"scale":"5s,1x;5s"
});
