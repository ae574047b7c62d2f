BRIEFINGS_SEARCH_WORDS("aya",{
"ayant":"2t,5,48,e"
});
