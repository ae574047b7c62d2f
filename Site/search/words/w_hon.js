BRIEFINGS_SEARCH_WORDS("hon",{
"hongrie":"39,2,21,23",
"honoured":"7i"
});
