BRIEFINGS_SEARCH_WORDS("hon",{
"hongrie":"38,2,26,29",
"honoured":"3v,3x;3v"
});
