BRIEFINGS_SEARCH_WORDS("hon",{
"hongrie":"38,2,27,29",
"honoured":"3v,3y;3v"
});
