BRIEFINGS_SEARCH_WORDS("hop",{
"hopes":"7i",
"hopitaux":"23,2,57"
});
