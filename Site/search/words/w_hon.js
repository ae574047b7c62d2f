BRIEFINGS_SEARCH_WORDS("hon",{
"hongrie":"38,2,27,2a",
"honoured":"3v,3z;3v"
});
