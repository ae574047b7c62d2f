BRIEFINGS_SEARCH_WORDS("sca",{
"scale":"69,1q;69"
});
