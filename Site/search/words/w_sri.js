BRIEFINGS_SEARCH_WORDS("sri",{
"sri":"3t,h,3z"
});
