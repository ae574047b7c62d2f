BRIEFINGS_SEARCH_WORDS("neg",{
"negociables":"6p,j",
"negociation":"1u",
"negociations":"6,2i,45,1,d",
"negocie":"24,i,j,4,1",
"negociee":"3a",
"negotiating":"7h"
});
