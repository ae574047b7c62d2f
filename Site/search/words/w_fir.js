BRIEFINGS_SEARCH_WORDS("fir",{
"fire":"83",
"first":"5b,2r,1;5b,2s"
});
