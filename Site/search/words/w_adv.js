BRIEFINGS_SEARCH_WORDS("adv",{
"advanced":"7z",
"adversaires":"3e,4n;3e",
"advisers":"1l,6e",
"advisors":"1l"
});
