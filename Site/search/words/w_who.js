BRIEFINGS_SEARCH_WORDS("who",{
"who":"2b,1k,13,o,n,1c,4,3;69",
"whole":"4y,2u",
"whose":"4h,3c,4"
});
