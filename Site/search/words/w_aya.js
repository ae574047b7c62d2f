BRIEFINGS_SEARCH_WORDS("aya",{
"ayant":"2u,5,4t,e"
});
