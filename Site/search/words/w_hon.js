BRIEFINGS_SEARCH_WORDS("hon",{
"hongrie":"38,2,27,2b",
"honoured":"3v,40;3v"
});
