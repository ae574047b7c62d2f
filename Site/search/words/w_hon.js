BRIEFINGS_SEARCH_WORDS("hon",{
"hongrie":"3v,2,20,23",
"honoured":"83"
});
