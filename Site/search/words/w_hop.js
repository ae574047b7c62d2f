BRIEFINGS_SEARCH_WORDS("hop",{
"hopes":"7i",
"hopitaux":"22,2,58"
});
