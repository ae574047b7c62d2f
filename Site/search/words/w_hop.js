BRIEFINGS_SEARCH_WORDS("hop",{
"hopes":"7u",
"hopitaux":"22,2,5k"
});
