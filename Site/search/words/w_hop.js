BRIEFINGS_SEARCH_WORDS("hop",{
"hopes":"7h",
"hopitaux":"23,2,56"
});
