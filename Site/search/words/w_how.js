BRIEFINGS_SEARCH_WORDS("how",{
"how":"69,10,m,4",
"howitzers":"7w"
});
