BRIEFINGS_SEARCH_WORDS("hop",{
"hopes":"7v",
"hopitaux":"22,2,5l"
});
