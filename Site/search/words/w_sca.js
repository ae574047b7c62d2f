BRIEFINGS_SEARCH_WORDS("sca",{
"scale":"5s,1z;5s"
});
