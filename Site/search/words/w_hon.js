BRIEFINGS_SEARCH_WORDS("hon",{
"hongrie":"38,2,1z,26",
"honoured":"7i"
});
