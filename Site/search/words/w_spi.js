BRIEFINGS_SEARCH_WORDS("spi",{
"spilling":"7w"
});
