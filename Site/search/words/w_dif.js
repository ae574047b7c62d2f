BRIEFINGS_SEARCH_WORDS("dif",{
"differends":"7k",
"diffuse":"2m,4q"
});
