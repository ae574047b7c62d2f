BRIEFINGS_SEARCH_WORDS("hon",{
"hongrie":"38,2,21,26",
"honoured":"7k"
});
