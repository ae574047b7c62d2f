BRIEFINGS_SEARCH_WORDS("arc",{
"architectes":"f"
});
