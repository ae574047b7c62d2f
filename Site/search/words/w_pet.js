BRIEFINGS_SEARCH_WORDS("pet",{
"petite":"77",
"petrole":"2,p,1i,1q,3o;r",
"petroliere":"r",
"petrolieres":"7n",
"petroliers":"1v,e,5e",
"petsas":"2r,3p,v;2r"
});
