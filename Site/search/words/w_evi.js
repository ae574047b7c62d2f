BRIEFINGS_SEARCH_WORDS("evi",{
"eviter":"22"
});
