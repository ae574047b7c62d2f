BRIEFINGS_SEARCH_WORDS("tim",{
"time":"82"
});
