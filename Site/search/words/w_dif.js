BRIEFINGS_SEARCH_WORDS("dif",{
"differends":"7n",
"diffuse":"2m,4t"
});
